package dev.lede.library;

import dev.lede.model.ControlText;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a tag may be, in one place for every way a tag comes in (the command line, the
 * reader's tag prompt, imports): trimmed, without a leading {@code #}, lower case, spaces as
 * dashes; never empty, at most {@value #MAX_LENGTH} characters, no control characters.
 */
public final class Tags {
    /** The longest tag, in characters. */
    public static final int MAX_LENGTH = 64;

    private Tags() {
    }

    /** A tag as the library stores it: lower case, without leading {@code #}, spaces as dashes; may be empty. */
    public static String normalize(String tag) {
        String t = tag.strip();
        while (t.startsWith("#")) {
            t = t.substring(1);
        }
        return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /** Why {@code tag} cannot be a tag, in one line for the user; empty when it can. */
    public static Optional<String> problem(String tag) {
        if (hasControl(tag)) {
            return Optional.of("tag '" + ControlText.echo(tag) + "' has a control character; tags are plain text");
        }
        String t = normalize(tag);
        if (t.isEmpty()) {
            return Optional.of("empty tag" + (tag.isEmpty() ? "" : " '" + ControlText.echo(tag) + "'")
                    + "; give a word, e.g. city");
        }
        if (t.codePointCount(0, t.length()) > MAX_LENGTH) {
            return Optional.of("tag '" + ControlText.echo(t, 30) + "' is longer than " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    /** Every tag normalized, duplicates removed; a bad one is an {@link InvalidTagException} naming it. */
    public static List<String> checked(Collection<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            Optional<String> problem = problem(tag);
            if (problem.isPresent()) {
                throw new InvalidTagException(problem.get());
            }
            clean.add(normalize(tag));
        }
        return List.copyOf(clean);
    }

    /**
     * The tags an imported file brings (an export's labels, an OPML file's categories),
     * normalized: a tag that breaks the rule is left out rather than failing the article or
     * the feed it came with, which the user did not type and cannot fix in place.
     */
    public static List<String> fromImport(Collection<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && problem(tag).isEmpty()) {
                clean.add(normalize(tag));
            }
        }
        return List.copyOf(clean);
    }

    /** Any character that is not printable text: C0 (tab and line breaks too), DEL, C1, format and bidi controls. */
    private static boolean hasControl(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return !ControlText.strip(tag, true).equals(tag);
    }

    /** A tag the library refuses; its message is the one line the user sees. */
    public static final class InvalidTagException extends IllegalArgumentException {
        public InvalidTagException(String message) {
            super(message);
        }
    }
}
