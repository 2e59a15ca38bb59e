package dev.careguide.importer;

import dev.careguide.model.ItemType;
import java.util.List;

/**
 * Makes an item's canonical title from its first sentence: leading fillers ("First, of course,") dropped; for a
 * cause, the subject of a causal verb ("Potassium deficiency causes ...") when there is one; otherwise the first
 * clause, at most {@code maxTitleWords} words, capitalized, without trailing punctuation.
 */
final class TitleMaker {

    private final ImportRules rules;

    TitleMaker(ImportRules rules) {
        this.rules = rules;
    }

    String title(String sentence, ItemType type) {
        String s = dropFillers(dropAsides(sentence.strip()));
        if (type == ItemType.CAUSE) {
            String subject = causeSubject(s);
            if (subject != null && hasContent(subject)) {
                return finish(subject);
            }
            return finish(firstClause(s));
        }
        s = dropLeadingClause(s);
        s = dropDirectiveLead(s);
        return finish(firstClause(s));
    }

    String heading(String text) {
        return finish(text);
    }

    private String causeSubject(String s) {
        Words words = Words.of(s);
        for (CueSet.Hit hit : rules.causeAgentCues.find(words)) {
            if (hit.from() >= 1 && hit.to() < words.size()) {
                return firstClause(s.substring(words.start(hit.to())));
            }
        }
        for (CueSet.Hit hit : rules.causeSubjectCues.find(words)) {
            if (hit.from() >= 1 && hit.from() <= rules.maxTitleWords) {
                String subject = s.substring(0, words.start(hit.from())).strip();
                int comma = subject.lastIndexOf(", ");
                if (comma > 0 && Words.of(subject.substring(comma)).size() <= 2) {
                    subject = subject.substring(0, comma);
                }
                return subject;
            }
            if (hit.from() == 0 && hit.to() < words.size()) {
                return firstClause(s.substring(words.start(hit.to())));
            }
            break;
        }
        return null;
    }

    /** Removes an aside set off by dashes: "If there is no heat - for example, on the road - stretch ...". */
    private static String dropAsides(String s) {
        for (String dash : new String[] {" - ", " – ", " — "}) {
            int a = s.indexOf(dash);
            int b = a < 0 ? -1 : s.indexOf(dash, a + dash.length());
            if (a > 0 && b > a) {
                return s.substring(0, a) + ", " + s.substring(b + dash.length());
            }
        }
        return s;
    }

    private boolean hasContent(String s) {
        for (String w : Words.of(s).list()) {
            if (!rules.isNoise(w) && !rules.titleFillers.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "To avoid night cramps, sleep ..." becomes "sleep ...". */
    private String dropLeadingClause(String s) {
        if (!rules.leadingClauses.matchesFirstWord(Words.of(s))) {
            return s;
        }
        int comma = s.indexOf(", ");
        if (comma > 0 && Words.of(s.substring(0, comma)).size() <= 15 && comma + 2 < s.length()) {
            String rest = dropFillers(s.substring(comma + 2).strip());
            if (Words.of(rest).size() >= 2) {
                return rest;
            }
        }
        return s;
    }

    /** "Doctors recommend that pregnant women try to sleep ..." becomes "sleep ...". */
    private String dropDirectiveLead(String s) {
        for (int guard = 0; guard < 3; guard++) {
            Words words = Words.of(s);
            String next = null;
            for (CueSet.Hit hit : rules.directiveLeads.find(words)) {
                if (hit.from() > 6 || hit.to() >= words.size()) {
                    break;
                }
                String after = words.get(hit.to());
                String then = hit.to() + 1 < words.size() ? words.get(hit.to() + 1) : "";
                if (after.equals("be") || after.equals("been") || (after.equals("also") || after.equals("not"))
                        && then.equals("be")) {
                    break;
                }
                String rest = s.substring(words.start(hit.to()));
                next = after.equals("not") ? "Do " + rest : rest;
                break;
            }
            if (next == null || next.equals(s)) {
                break;
            }
            s = next;
        }
        return s;
    }

    /** Drops function words left dangling at the end of a cut title ("... soft drinks that"). */
    private String trimTrailers(String s) {
        String t = s;
        for (int guard = 0; guard < 5; guard++) {
            String stripped = stripTrailingPunctuation(t);
            int space = stripped.lastIndexOf(' ');
            if (space < 0) {
                return stripped;
            }
            String last = stripped.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
            if (!rules.titleTrailers.contains(last)) {
                return stripped;
            }
            t = stripped.substring(0, space);
        }
        return t;
    }

    /**
     * What {@code s.replaceAll("[\\s,;:.]+$", "")} returns: the trailing run of ASCII white space, commas,
     * semicolons, colons and periods removed, looking past one final line terminator that {@code $} skips.
     */
    static String stripTrailingPunctuation(String s) {
        int end = s.length();
        char last = end == 0 ? 0 : s.charAt(end - 1);
        int tail = last == '\u0085' || last == '\u2028' || last == '\u2029' ? end - 1 : end;
        int cut = tail;
        while (cut > 0 && isTrailingPunctuation(s.charAt(cut - 1))) {
            cut--;
        }
        if (cut == tail) {
            return s;
        }
        return tail == end ? s.substring(0, cut) : s.substring(0, cut) + last;
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ','
                || c == ';' || c == ':' || c == '.';
    }

    private String dropFillers(String s) {
        for (int guard = 0; guard < 4; guard++) {
            int comma = s.indexOf(',');
            if (comma <= 0 || comma > 40) {
                break;
            }
            List<String> head = Words.of(s.substring(0, comma)).list();
            if (head.isEmpty() || head.size() > 3 || !rules.titleFillers.containsAll(head)) {
                break;
            }
            s = s.substring(comma + 1).strip();
        }
        return s;
    }

    private String firstClause(String s) {
        int cut = s.length();
        cut = earliest(s, cut, ". ");
        cut = earliest(s, cut, "; ");
        cut = earliest(s, cut, " - ");
        cut = earliest(s, cut, " – ");
        cut = earliest(s, cut, " — ");
        cut = earliest(s, cut, " (");
        int colon = s.indexOf(": ");
        if (colon > 0 && colon < cut && Words.of(s.substring(0, colon)).size() >= 2) {
            cut = colon;
        }
        String clause = s.substring(0, cut);
        Words words = Words.of(clause);
        if (words.size() > rules.maxTitleWords) {
            int comma = clause.indexOf(", ", words.start(Math.min(3, words.size() - 1)));
            if (comma > 0 && Words.of(clause.substring(0, comma)).size() <= rules.maxTitleWords) {
                clause = clause.substring(0, comma);
            } else {
                clause = clause.substring(0, words.end(rules.maxTitleWords - 1));
            }
        }
        return clause;
    }

    private static int earliest(String s, int cut, String marker) {
        int at = s.indexOf(marker);
        return at > 0 && at < cut ? at : cut;
    }

    private String finish(String s) {
        String t = trimTrailers(s.strip());
        while (!t.isEmpty() && ".,;:!?-–—•*\"'“”«»)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && "-–—•*\"'“”«»(".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        if (t.indexOf('(') >= 0 && t.indexOf(')') < 0) {
            t = t.substring(0, t.indexOf('(')).strip();
        }
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
            t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }
}
