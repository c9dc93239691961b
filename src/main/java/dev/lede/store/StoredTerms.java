package dev.lede.store;

import java.util.Arrays;
import java.util.List;

/**
 * An article's related-stories terms in the form the store keeps them: the packed
 * {@link TermVector} and the hashes it posts. Built by whoever extracts the terms, off the
 * store's lock, so that storing them is only SQL.
 *
 * @param length the sum of the counts
 * @param packed the vector as {@link TermVector#pack} writes it
 * @param posted the hashes of the {@link TermCount#POSTED} terms, ascending
 */
public record StoredTerms(int length, byte[] packed, int[] posted) {
    /** Terms whose hashes collide are stored as one, counts added and flags joined. */
    public static StoredTerms of(List<TermCount> terms) {
        int[] hashes = new int[terms.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = TermCount.hash(terms.get(i).term());
        }
        return of(terms, hashes);
    }

    /** As {@link #of(List)}, given each term's {@link TermCount#hash}. */
    public static StoredTerms of(List<TermCount> terms, int[] hashes) {
        int[] counts = new int[terms.size()];
        int[] flags = new int[terms.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = terms.get(i).count();
            flags[i] = terms.get(i).flags();
        }
        return of(hashes, counts, flags);
    }

    /** As {@link #of(List)}, term {@code i} given as its hash, count and flags (no string needed). */
    public static StoredTerms of(int[] hashes, int[] termCounts, int[] termFlags) {
        int n = hashes.length;
        // Hash and position packed in one long, so one primitive sort orders terms by hash.
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = (long) hashes[i] << 32 | i;
        }
        Arrays.sort(keyed);
        int[] ids = new int[n];
        int[] counts = new int[n];
        byte[] flags = new byte[n];
        int size = 0;
        int length = 0;
        for (long k : keyed) {
            int hash = (int) (k >> 32);
            int i = (int) k;
            if (size > 0 && ids[size - 1] == hash) {
                counts[size - 1] += termCounts[i];
                flags[size - 1] |= (byte) termFlags[i];
            } else {
                ids[size] = hash;
                counts[size] = termCounts[i];
                flags[size] = (byte) termFlags[i];
                size++;
            }
            length += termCounts[i];
        }
        int postedCount = 0;
        for (int i = 0; i < size; i++) {
            if ((flags[i] & TermCount.POSTED) != 0) {
                postedCount++;
            }
        }
        int[] posted = new int[postedCount];
        for (int i = 0, p = 0; i < size; i++) {
            if ((flags[i] & TermCount.POSTED) != 0) {
                posted[p++] = ids[i];
            }
        }
        return new StoredTerms(length, TermVector.pack(Arrays.copyOf(ids, size), Arrays.copyOf(counts, size),
                Arrays.copyOf(flags, size)), posted);
    }

    /** The vector these terms store, for an article that has no id yet ({@code articleId} 0). */
    public TermVector vector() {
        return TermVector.unpack(0, length, packed);
    }
}
