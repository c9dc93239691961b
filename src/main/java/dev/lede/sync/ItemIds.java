package dev.lede.sync;

/**
 * The two spellings of an item id: the decimal the id lists give ({@code 1795978114111305})
 * and the tag the item streams give ({@code tag:google.com,2005:reader/item/0006616ebd841749},
 * the same number in 16 hex digits).
 */
public final class ItemIds {
    private static final String TAG = "tag:google.com,2005:reader/item/";

    private ItemIds() {
    }

    /** Reads either spelling; IllegalArgumentException for anything else. */
    public static long parse(String id) {
        try {
            if (id.startsWith(TAG)) {
                return Long.parseUnsignedLong(id.substring(TAG.length()), 16);
            }
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an item id: " + id);
        }
    }

    /** The tag spelling, which every server accepts in edit requests. */
    public static String tag(long id) {
        String hex = Long.toHexString(id);
        return TAG + "0".repeat(16 - hex.length()) + hex;
    }
}
