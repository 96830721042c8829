package tcplab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;

/**
 * Every key the code asks for has a text, and every text is asked for by some code. Literal keys
 * are found where they are written ({@code text("...")}, {@code bind("...")},
 * {@code Message.of("...")}); keys built from data come from {@link TextKeys#dynamicKeys()}.
 */
class TextKeyUsageTest {

    private static final Pattern LITERAL_KEY =
            Pattern.compile("\\b(?:text|bind|Message\\.of)\\(\\s*\"([^\"]+)\"");

    private final Set<String> bundleKeys = Messages.of(Language.ENGLISH).keys();

    @Test
    void everyKeyTheCodeUsesHasAText() {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(bundleKeys);
        assertThat(missing).as("keys used by the code but absent from the bundles").isEmpty();
    }

    @Test
    void everyTextIsUsedBySomeCode() {
        Set<String> unused = new TreeSet<>(bundleKeys);
        unused.removeAll(usedKeys());
        assertThat(unused).as("keys in the bundles that no code uses").isEmpty();
    }

    @Test
    void theScanFindsLiteralKeys() {
        assertThat(literalKeys("a.text(\"x.y\"); b.bind( \"p.q\", 1); Message.of(\"m.n\")"))
                .containsExactlyInAnyOrder("x.y", "p.q", "m.n");
    }

    private static Set<String> usedKeys() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                keys.addAll(literalKeys(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TextKeys.dynamicKeys().forEach(keys::add);
        return keys;
    }

    private static Set<String> literalKeys(String source) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = LITERAL_KEY.matcher(source);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
