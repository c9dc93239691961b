package dev.lede.render;

import java.util.List;

/** One block of an article body, as {@link HtmlBlocks} reads it from clean HTML. */
public sealed interface Block {

    /** A heading; {@code level} 1 to 6. */
    record Heading(int level, List<Run> text) implements Block {
        public Heading {
            text = List.copyOf(text);
        }
    }

    /** Running text; a {@link Run} holding only {@code "\n"} is a line break. */
    record Paragraph(List<Run> text) implements Block {
        public Paragraph {
            text = List.copyOf(text);
        }
    }

    /** A list; each item is itself a sequence of blocks (nested lists included). */
    record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A block quote. */
    record Quote(List<Block> blocks) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /** Preformatted code: shown as is, never wrapped. */
    record Code(List<String> lines) implements Block {
        public Code {
            lines = List.copyOf(lines);
        }
    }

    /** A table: rows of cells; header cells are marked. */
    record Table(String caption, List<List<Cell>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A table cell's text. */
    record Cell(String text, boolean header) {
    }

    /**
     * An image, shown as its description and, when its address is a web address, the number
     * of that address in the link list ({@code o} opens it), else 0.
     */
    record Image(String alt, int link) implements Block {
        /** An image without a link to open. */
        public Image(String alt) {
            this(alt, 0);
        }

        /** {@code [image: alt][3]} as runs. */
        public List<Run> runs() {
            Run text = new Run(alt.isEmpty() ? "[image]" : "[image: " + alt + "]", Style.DIM);
            return link == 0 ? List.of(text) : List.of(text, new Run("[" + link + "]", Style.LINK_NUMBER));
        }
    }

    /** A thematic break ({@code <hr>}). */
    record Rule() implements Block {
    }
}
