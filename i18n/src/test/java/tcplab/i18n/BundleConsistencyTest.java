package tcplab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language's bundle says the same things as the root one: the same keys, no blank text, the
 * same {@code {n}} placeholders, and letters of the language's own script in every text. The
 * languages come from {@link Language} and the bundles from {@link Messages#BUNDLES}, so a new
 * one is checked as soon as it is listed there. Failures list the offending keys, ready to fix.
 */
class BundleConsistencyTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLanguageHasTheRootsKeys(String bundle) {
        for (Language language : translations()) {
            Map<String, String> texts = texts(bundle, language);
            assertThat(difference(root(bundle).keySet(), texts.keySet()))
                    .as("keys in the root bundle but missing in %s", language).isEmpty();
            assertThat(difference(texts.keySet(), root(bundle).keySet()))
                    .as("keys in %s but missing in the root bundle", language).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTextIsBlank(String bundle) {
        for (Language language : Language.values()) {
            assertThat(blankKeys(texts(bundle, language))).as("blank texts in %s", language).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void placeholdersMatch(String bundle) {
        for (Language language : translations()) {
            Map<String, String> texts = texts(bundle, language);
            Map<String, String> mismatches = new TreeMap<>();
            root(bundle).forEach((key, value) -> {
                String other = texts.get(key);
                if (other != null && !placeholders(value).equals(placeholders(other))) {
                    mismatches.put(key, placeholders(value) + " vs " + placeholders(other));
                }
            });
            assertThat(mismatches).as("keys whose {n} placeholders differ in %s", language).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTextIsWrittenInItsLanguagesScript(String bundle) {
        for (Language language : Language.values()) {
            Set<String> withoutScript = new TreeSet<>();
            texts(bundle, language).forEach((key, value) -> {
                if (value.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == language.script())) {
                    withoutScript.add(key);
                }
            });
            assertThat(withoutScript).as("%s texts without %s letters", language, language.script()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTextHasAPlainApostrophe(String bundle) {
        // MessageFormat treats ' as a quote and would silently swallow text around it.
        Set<String> offending = new TreeSet<>();
        for (Language language : Language.values()) {
            texts(bundle, language).forEach((key, value) -> {
                if (value.indexOf('\'') >= 0) {
                    offending.add(language.tag() + " " + key);
                }
            });
        }
        assertThat(offending).as("texts with ' (write ’ instead)").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theFallbackLanguagesFileOnlyExistsToBeFound(String bundle) {
        // Its job is to stop the lookup falling back to the system's language when this one is chosen.
        assertThat(load(file(bundle, Language.FALLBACK))).isEmpty();
    }

    /** The file names of the bundles, without language and extension: {@code messages}, ... */
    static Stream<String> bundles() {
        return Messages.BUNDLES.stream().map(name -> name.substring(name.lastIndexOf('.') + 1));
    }

    private static Map<String, String> root(String bundle) {
        return load(bundle + ".properties");
    }

    /** The languages with a bundle of their own, not the root one. */
    private static List<Language> translations() {
        return Arrays.stream(Language.values()).filter(language -> language != Language.FALLBACK).toList();
    }

    /** A language's texts: the root bundle's for the fallback language, its own file's for the others. */
    private static Map<String, String> texts(String bundle, Language language) {
        return language == Language.FALLBACK ? root(bundle) : load(file(bundle, language));
    }

    private static String file(String bundle, Language language) {
        return bundle + "_" + language.tag() + ".properties";
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
