package dev.lede.render;

import java.util.List;

/** An article body read into blocks, and the links it references as {@code [n]} (link n is {@code links.get(n - 1)}). */
public record Document(List<Block> blocks, List<String> links) {
    public Document {
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
    }
}
