package dev.lede.model;

/** Counting words the same way everywhere (list rows, stats, reading time). */
public final class Words {
    private Words() {
    }

    /** Counts runs of letters or digits; CJK ideographs count one word each. */
    public static int count(String text) {
        int words = 0;
        boolean inWord = false;
        char[] cs = text.toCharArray(); // an array walks faster than codePointAt
        for (int i = 0; i < cs.length; ) {
            int cp = cs[i];
            if (cp < 128) {
                i++;
                // ASCII without table lookups: most text is mostly ASCII.
                if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9') {
                    if (!inWord) {
                        words++;
                    }
                    inWord = true;
                } else if (cp != '\'' && cp != '-') {
                    inWord = false;
                }
                continue;
            }
            cp = Character.codePointAt(cs, i);
            i += Character.charCount(cp);
            if (Character.isIdeographic(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else if (cp != '\'' && cp != '\u2019' && cp != '-') {
                inWord = false;
            }
        }
        return words;
    }
}
