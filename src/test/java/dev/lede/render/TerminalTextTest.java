package dev.lede.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void removesEscapeSequencesAndControlCharacters() {
        assertEquals("red text title bell", TerminalText.line("\u001b[31mred\u001b[0m text \u001b]0;x\u0007title\u0007 bell"));
        assertEquals("ab", TerminalText.line("a\u009b2Jb"));
    }

    @Test
    void removesBidiOverridesAndInvisibleFormatCharacters() {
        assertEquals("abcd", TerminalText.line("a\u202Eb\u2066c\u200Bd"));
        assertEquals("soft", TerminalText.line("so\u00ADft"));
    }

    @Test
    void turnsLineBreaksAndTabsIntoSpaces() {
        assertEquals("a b c", TerminalText.line("a\nb\tc"));
    }

    @Test
    void linesKeepLineBreaksAndExpandTabsToFourColumns() {
        assertEquals(List.of("if x:", "    y", "ab  c"), TerminalText.lines("if x:\n\ty\r\nab\tc"));
    }
}
