package dev.lede.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for JSON-LD blocks: objects become {@link Map}, arrays
 * {@link List}, numbers {@link Double}. Nesting deeper than {@link #MAX_DEPTH} or broken
 * input makes {@link #parse} return null instead of throwing.
 */
final class Json {
    static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;

    private Json(String s) {
        this.s = s;
    }

    /** Parses one JSON value, or returns null when the text is not JSON. */
    static Object parse(String text) {
        try {
            Json json = new Json(text);
            json.skipSpace();
            return json.value(0);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
            case '\'':
                return string();
            default:
                return literal();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        while (s.charAt(pos) != '}') {
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value(depth + 1));
            skipSpace();
            if (s.charAt(pos) == ',') {
                pos++;
                skipSpace();
            } else if (s.charAt(pos) != '}') {
                throw new IllegalArgumentException("expected , or }");
            }
        }
        pos++;
        return map;
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        while (s.charAt(pos) != ']') {
            list.add(value(depth + 1));
            skipSpace();
            if (s.charAt(pos) == ',') {
                pos++;
                skipSpace();
            } else if (s.charAt(pos) != ']') {
                throw new IllegalArgumentException("expected , or ]");
            }
        }
        pos++;
        return list;
    }

    private String string() {
        char quote = s.charAt(pos);
        if (quote != '"' && quote != '\'') {
            throw new IllegalArgumentException("expected string");
        }
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = s.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'u':
                    out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    pos += 4;
                    break;
                default: out.append(e);
            }
        }
    }

    private Object literal() {
        int start = pos;
        while (pos < s.length() && ",}] \t\r\n".indexOf(s.charAt(pos)) < 0) {
            pos++;
        }
        String word = s.substring(start, pos);
        switch (word) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "null": return null;
            default:
                try {
                    return Double.valueOf(word);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad literal");
                }
        }
    }

    private void expect(char c) {
        if (s.charAt(pos) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }
}
