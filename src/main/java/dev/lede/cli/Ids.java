package dev.lede.cli;

/** Parsing article ids as users type them: {@code 12} or {@code #12}. */
final class Ids {
    private Ids() {
    }

    /** Every id, or a usage error naming the first that is not one. */
    static java.util.List<Long> parseAll(java.util.List<String> texts) {
        return texts.stream().map(Ids::parse).toList();
    }

    static long parse(String text) {
        String digits = text.startsWith("#") ? text.substring(1) : text;
        try {
            long id = Long.parseLong(digits);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliException("'" + dev.lede.model.ControlText.echo(text)
                + "' is not an article id; ids are the numbers 'lede list' shows", 2);
    }
}
