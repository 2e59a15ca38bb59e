package dev.careguide.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JSON paths in the {@code $.remedies[3].kind} form used in every model message, and their conversion to
 * JSON pointers ({@code /remedies/3/kind}) for looking up file positions.
 */
final class JsonPaths {

    static final String ROOT = "$";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {}

    /** The path of property {@code name} of the node at {@code parent}. */
    static String field(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path of element {@code index} of the array at {@code parent}. */
    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path made of the given segments: {@link String} names and {@link Integer} indexes. */
    static String of(List<?> segments) {
        String path = ROOT;
        for (Object segment : segments) {
            path = segment instanceof Integer i ? index(path, i) : field(path, String.valueOf(segment));
        }
        return path;
    }

    /** The segments of a path written by {@link #field} and {@link #index}. */
    static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        int i = path.startsWith(ROOT) ? 1 : 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                segments.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '\'') {
                StringBuilder name = new StringBuilder();
                int j = i + 2;
                while (j < path.length() && path.charAt(j) != '\'') {
                    if (path.charAt(j) == '\\' && j + 1 < path.length()) {
                        j++;
                    }
                    name.append(path.charAt(j++));
                }
                segments.add(name.toString());
                i = j + 2;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    break;
                }
                segments.add(Integer.valueOf(path.substring(i + 1, end)));
                i = end + 1;
            } else {
                break;
            }
        }
        return segments;
    }

    /** The JSON pointer (RFC 6901) of the given segments. */
    static String pointer(List<?> segments) {
        StringBuilder sb = new StringBuilder();
        for (Object segment : segments) {
            sb.append('/').append(String.valueOf(segment).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
