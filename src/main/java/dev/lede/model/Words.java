package dev.lede.model;

/** Counting words the same way everywhere (list rows, stats, reading time). */
public final class Words {
    private Words() {
    }

    /** Counts runs of letters or digits; CJK ideographs count one word each. */
    public static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
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
