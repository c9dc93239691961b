package dev.lede.related;

/**
 * Short reports of two sibling events (two earthquakes) and of unrelated news, as {title, text}:
 * the fixtures that related-stories and story tests share.
 */
public final class EventArticles {
    private EventArticles() {
    }

    public static final String[][] CHILE = {
        {"Strong earthquake shakes northern Chile", "A magnitude 8.2 earthquake struck off the coast of northern Chile"
                + " near Iquique on Tuesday night, triggering a tsunami warning. President Michelle Bachelet declared"
                + " the Tarapaca region a disaster zone."},
        {"Chile quake: Bachelet visits Iquique", "President Michelle Bachelet flew to Iquique on Wednesday after the"
                + " magnitude 8.2 earthquake. Six people died in Tarapaca and thousands spent the night on hills"
                + " after the tsunami warning."},
        {"Iquique cleans up after 8.2 tremor", "Residents of Iquique in northern Chile swept debris on Thursday."
                + " The Tarapaca region counts six dead. Bachelet promised help for fishermen whose boats the"
                + " tsunami wrecked."},
    };
    public static final String[][] NEPAL = {
        {"Deadly earthquake hits Nepal", "A magnitude 7.8 earthquake struck Nepal near Kathmandu on Saturday,"
                + " toppling the Dharahara tower. Prime Minister Sushil Koirala called for international help."},
        {"Kathmandu counts the dead", "Rescuers dug through the ruins of the Dharahara tower in Kathmandu on"
                + " Sunday after the 7.8 earthquake. Sushil Koirala said the toll in Nepal could pass 10,000."},
        {"Aftershocks rattle Nepal", "Strong aftershocks shook Kathmandu on Monday, two days after the magnitude"
                + " 7.8 earthquake. Koirala visited camps where families slept in the open near the Dharahara ruins."},
    };
    public static final String[][] OTHER = {
        {"Council approves riverside bike lanes", "The city council voted on Tuesday to build protected bike lanes"
                + " along the riverside road, ending a two-year dispute over parking."},
        {"Harbour ferry fares to rise", "Ferry fares across the harbour will rise in April, the transport"
                + " authority said on Wednesday, blaming fuel costs."},
    };
}
