/**
 * The glossary, as data: every term the window uses ({@link tcplab.glossary.Glossary}), its names
 * and definition in each language, the recognition of those names in any text
 * ({@link tcplab.glossary.TermFinder}) and the search across languages
 * ({@link tcplab.glossary.GlossarySearch}). No JavaFX: the window and the command line share it.
 */
package tcplab.glossary;
