package tcplab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English and Korean bundles must say the same things: the same keys, no blank text, the same
 * placeholders, Hangul in every Korean text. Failures list the offending keys, ready to fix.
 */
class BundleConsistencyTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

    private final Map<String, String> english = load("messages.properties");
    private final Map<String, String> korean = load("messages_ko.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(difference(english.keySet(), korean.keySet()))
                .as("keys in English but missing in Korean").isEmpty();
        assertThat(difference(korean.keySet(), english.keySet()))
                .as("keys in Korean but missing in English").isEmpty();
    }

    @Test
    void noTextIsBlank() {
        assertThat(blankKeys(english)).as("blank English texts").isEmpty();
        assertThat(blankKeys(korean)).as("blank Korean texts").isEmpty();
    }

    @Test
    void placeholdersMatch() {
        Map<String, String> mismatches = new TreeMap<>();
        english.forEach((key, value) -> {
            String other = korean.get(key);
            if (other != null && !placeholders(value).equals(placeholders(other))) {
                mismatches.put(key, placeholders(value) + " vs " + placeholders(other));
            }
        });
        assertThat(mismatches).as("keys whose {n} placeholders differ").isEmpty();
    }

    @Test
    void everyKoreanTextContainsHangul() {
        Set<String> withoutHangul = new TreeSet<>();
        korean.forEach((key, value) -> {
            if (!HANGUL.matcher(value).find()) {
                withoutHangul.add(key);
            }
        });
        assertThat(withoutHangul).as("Korean texts without Hangul").isEmpty();
    }

    @Test
    void noTextHasAPlainApostrophe() {
        // MessageFormat treats ' as a quote and would silently swallow text around it.
        Set<String> offending = new TreeSet<>();
        english.forEach((key, value) -> {
            if (value.indexOf('\'') >= 0) {
                offending.add("en " + key);
            }
        });
        korean.forEach((key, value) -> {
            if (value.indexOf('\'') >= 0) {
                offending.add("ko " + key);
            }
        });
        assertThat(offending).as("texts with ' (write ’ instead)").isEmpty();
    }

    @Test
    void theEnglishFileOnlyExistsToBeFound() {
        // Its job is to stop the lookup falling back to Korean on a Korean machine.
        assertThat(load("messages_en.properties")).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> blankKeys(Map<String, String> texts) {
        Set<String> result = new TreeSet<>();
        texts.forEach((key, value) -> {
            if (value.isBlank()) {
                result.add(key);
            }
        });
        return result;
    }

    private static Set<String> placeholders(String text) {
        Set<String> result = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            result.add(matcher.group(1));
        }
        return result;
    }

    /** Reads a bundle file as UTF-8 text, whatever the platform's default encoding. */
    static Map<String, String> load(String file) {
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            assertThat(in).as(file + " on the classpath").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> result = new TreeMap<>();
            properties.forEach((k, v) -> result.put((String) k, (String) v));
            return result;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
