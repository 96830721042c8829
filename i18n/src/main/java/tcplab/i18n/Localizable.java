package tcplab.i18n;

/**
 * A text to show in any of the lab's languages: either one of the lab's own texts, named by its
 * bundle key ({@link Message}), or a text someone wrote in both languages ({@link BilingualText}),
 * such as a teacher's question. {@link Messages#text(Localizable)} puts either into a language.
 */
public sealed interface Localizable permits Message, BilingualText {
}
