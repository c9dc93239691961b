package dev.lede.render;

import java.util.ArrayList;
import java.util.List;

/** One line on screen: styled runs side by side. */
public record Line(List<Run> runs) {
    /** The empty line. */
    public static final Line BLANK = new Line(List.of());

    public Line {
        runs = List.copyOf(runs);
    }

    public static Line of(String text, Style style) {
        return text.isEmpty() ? BLANK : new Line(List.of(new Run(text, style)));
    }

    public static Line plain(String text) {
        return of(text, Style.PLAIN);
    }

    public static Line of(Run... runs) {
        return new Line(List.of(runs));
    }

    /** The text without styles. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            out.append(run.text());
        }
        return out.toString();
    }

    /** Display width in columns. */
    public int width() {
        int width = 0;
        for (Run run : runs) {
            width += DisplayWidth.of(run.text());
        }
        return width;
    }

    /** This line with {@code prefix} in front. */
    public Line prefixed(Run prefix) {
        if (prefix.text().isEmpty()) {
            return this;
        }
        List<Run> all = new ArrayList<>(runs.size() + 1);
        all.add(prefix);
        all.addAll(runs);
        return new Line(all);
    }

    /** This line with every run of style {@code from} turned into {@code to}. */
    public Line restyled(Style from, Style to) {
        List<Run> all = new ArrayList<>(runs.size());
        for (Run run : runs) {
            all.add(run.style() == from ? new Run(run.text(), to) : run);
        }
        return new Line(all);
    }

    /** This line cut to {@code columns}, ending in an ellipsis when something was cut. */
    public Line cut(int columns) {
        if (width() <= columns) {
            return this;
        }
        List<Run> out = new ArrayList<>();
        int left = columns - 1;
        for (Run run : runs) {
            int w = DisplayWidth.of(run.text());
            if (w <= left) {
                out.add(run);
                left -= w;
            } else {
                out.add(new Run(DisplayWidth.take(run.text(), left) + DisplayWidth.ELLIPSIS, run.style()));
                return new Line(out);
            }
        }
        return new Line(out);
    }
}
