package tcplab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ClasspathWarningTest {

    @Test
    void onlyTheClasspathWarningIsFilteredOut() {
        ClasspathWarning.silence();

        Filter filter = Logger.getLogger("javafx").getFilter();
        assertThat(filter).as("tests run from the classpath, so the filter is set").isNotNull();
        assertThat(filter.isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'"))).isFalse();
        assertThat(filter.isLoggable(new LogRecord(Level.WARNING, "Could not load font"))).isTrue();
    }
}
