/**
 * Exercises a teacher prepares and shares: a lesson's inputs, where playback starts, the language
 * and the teacher's own texts, as a versioned JSON file ({@code docs/exercise-format.md}), as a
 * short text code, and as a class pack (a folder of numbered exercises). Reading checks every
 * field and reports the first problem as a localizable {@link tcplab.i18n.Message}. No JavaFX.
 */
package tcplab.exercise;
