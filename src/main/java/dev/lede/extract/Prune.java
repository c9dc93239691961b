package dev.lede.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes many nodes from a tree in time linear in the tree. Jsoup removes a node by
 * shifting its later siblings down, so removing most of 200,000 siblings one at a time is
 * quadratic (minutes on a hostile page); here each parent's child list is rebuilt once.
 */
final class Prune {
    /** A parent losing fewer children than this loses them one by one: cheaper than a rebuild. */
    private static final int REBUILD_FROM = 8;

    private Prune() {
    }

    /** Removes every node of {@code doomed} (in any order; duplicates and detached nodes are fine). */
    static void remove(List<? extends Node> doomed) {
        if (doomed.size() < REBUILD_FROM) {
            for (Node n : doomed) {
                if (n.parentNode() != null) {
                    n.remove();
                }
            }
            return;
        }
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Node n : doomed) {
            if (n.parentNode() instanceof Element parent) {
                byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(n);
            }
        }
        for (Map.Entry<Element, Set<Node>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            Set<Node> gone = entry.getValue();
            if (gone.size() < REBUILD_FROM) {
                for (Node n : gone) {
                    n.remove();
                }
                continue;
            }
            List<Node> kept = new ArrayList<>(Math.max(0, parent.childNodeSize() - gone.size()));
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }

    /**
     * Moves {@code nodes} (in order) to the end of {@code target}, rebuilding each former
     * parent's child list once rather than once per node.
     */
    static void moveTo(Element target, List<? extends Node> nodes) {
        remove(nodes);
        target.appendChildren(nodes);
    }
}
