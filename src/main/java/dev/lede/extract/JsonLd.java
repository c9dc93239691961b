package dev.lede.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Finds the JSON-LD objects of a page (through arrays and {@code @graph}) and reads their fields. */
final class JsonLd {
    private static final int MAX_OBJECTS = 200;

    private JsonLd() {
    }

    /** Every JSON-LD object in the given {@code script} elements, top-level ones first, in page order. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(List<Element> scripts) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Element script : scripts) {
            String json = script.data().strip();
            if (json.startsWith("<!--")) {
                json = json.substring(4);
            }
            json = json.replace("<![CDATA[", "").replace("]]>", "").replaceAll("-->\\s*$", "");
            Object parsed = Json.parse(json);
            Deque<Object> queue = new ArrayDeque<>();
            if (parsed != null) {
                queue.add(parsed);
            }
            while (!queue.isEmpty() && out.size() < MAX_OBJECTS) {
                Object o = queue.poll();
                if (o instanceof List) {
                    queue.addAll((List<Object>) o);
                } else if (o instanceof Map) {
                    Map<String, Object> map = (Map<String, Object>) o;
                    out.add(map);
                    Object graph = map.get("@graph");
                    if (graph != null) {
                        queue.add(graph);
                    }
                }
            }
        }
        return out;
    }

    /** True when the object's {@code @type} (a string or a list) names one of {@code types} (lower case). */
    static boolean hasType(Map<String, Object> o, Set<String> types) {
        Object type = o.get("@type");
        if (type instanceof String) {
            return types.contains(MetadataReader.lower(strip((String) type)));
        }
        if (type instanceof List) {
            for (Object t : (List<?>) type) {
                if (t instanceof String && types.contains(MetadataReader.lower(strip((String) t)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String strip(String type) {
        int slash = type.lastIndexOf('/');
        return slash >= 0 ? type.substring(slash + 1) : type;
    }

    /** The string at a path of keys; lists yield their first element. Null when absent. */
    static String string(Map<String, Object> o, String... path) {
        Object v = o;
        for (String key : path) {
            v = first(v);
            if (!(v instanceof Map)) {
                return null;
            }
            v = ((Map<?, ?>) v).get(key);
        }
        v = first(v);
        return v instanceof String ? MetadataReader.clean((String) v) : null;
    }

    /** A URL field: a string, an object with {@code url} or {@code @id}, or a list of either. */
    static String url(Map<String, Object> o, String key) {
        if (o == null) {
            return null;
        }
        Object v = first(o.get(key));
        if (v instanceof String) {
            return MetadataReader.clean((String) v);
        }
        if (v instanceof Map) {
            Object u = ((Map<?, ?>) v).get("url");
            if (!(u instanceof String)) {
                u = ((Map<?, ?>) v).get("@id");
            }
            return u instanceof String ? MetadataReader.clean((String) u) : null;
        }
        return null;
    }

    /** Names of people in a field: strings, objects with {@code name}, or lists of them, joined by commas. */
    static String names(Map<String, Object> o, String key) {
        if (o == null) {
            return null;
        }
        Object v = o.get(key);
        List<String> names = new ArrayList<>();
        List<?> items = v instanceof List ? (List<?>) v : v == null ? List.of() : List.of(v);
        for (Object item : items) {
            if (item instanceof String && !((String) item).matches("(?i)https?://.*")) {
                names.add((String) item);
            } else if (item instanceof Map && ((Map<?, ?>) item).get("name") instanceof String) {
                names.add((String) ((Map<?, ?>) item).get("name"));
            }
        }
        return MetadataReader.joinDistinct(names);
    }

    private static Object first(Object v) {
        while (v instanceof List) {
            List<?> list = (List<?>) v;
            v = list.isEmpty() ? null : list.get(0);
        }
        return v;
    }
}
