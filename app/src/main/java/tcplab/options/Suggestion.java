package tcplab.options;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The known name a mistyped one was most likely meant as: a typo or two away, or its start. */
final class Suggestion {

    /** Further than this many edits and a name is more likely something else than a typo. */
    static final int MOST_EDITS = 2;

    private Suggestion() {
    }

    /** The known name closest to {@code typed}, if one is close enough to suggest. */
    static Optional<String> closest(String typed, Collection<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(name -> !lower.isEmpty() && (name.startsWith(lower) || distance(lower, name) <= MOST_EDITS))
                .min(Comparator.comparingInt((String name) -> distance(lower, name)).thenComparing(name -> name));
    }

    /** The Levenshtein distance: how many single-character insertions, deletions or changes turn a into b. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
