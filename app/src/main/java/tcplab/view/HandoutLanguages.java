package tcplab.view;

import java.util.ArrayList;
import java.util.List;
import tcplab.i18n.Language;

/**
 * A choice of languages for a handout, as the language chooser offers them: each language
 * alone, named in itself, and every language paragraph by paragraph.
 *
 * @param languages the languages, in the order the handout writes them
 * @param name      how the choice reads in the window's language
 */
record HandoutLanguages(List<Language> languages, String name) {

    /** Every choice: each language, then all of them. */
    static List<HandoutLanguages> all(LanguageModel window) {
        List<HandoutLanguages> choices = new ArrayList<>();
        for (Language language : Language.values()) {
            choices.add(new HandoutLanguages(List.of(language), language.nativeName()));
        }
        choices.add(new HandoutLanguages(List.of(Language.values()), window.text("file.export.handout.both")));
        return choices;
    }

    /** The name, which the dialog's chooser shows. */
    @Override
    public String toString() {
        return name;
    }
}
