/**
 * The careguide importer: turns raw, machine-translated article text into a {@link dev.careguide.model.Guide} and
 * an {@link dev.careguide.importer.ImportReport}. Entry point: {@link dev.careguide.importer.GuideImporter}.
 *
 * <p>It reads advice, causes and exercises by their grammar and their place in the text; vocabulary only refines
 * an item's kind, category and safety. The stages run in this order, each its own type:
 * <ol>
 *   <li>decode: {@code SourceDecoder} (strict UTF-8, BOM and line ends) gives a {@code SourceDocument};</li>
 *   <li>structure: {@code StructureParser} finds headings, lead-ins, paragraphs, list items of any layout, table
 *       rows, captions and table-of-contents entries ({@code Block});</li>
 *   <li>clean: {@code TypographyNormalizer} and the team's {@code Glossary} ({@code MappedText}, mapped back to the
 *       source);</li>
 *   <li>analyze: {@code TextAnalyzer} splits sentences (ICU) and tags tokens with word classes and lemmas (Apache
 *       OpenNLP), by the {@code LanguageProfile} the guide's source locale chooses ({@code lang/en.yaml});</li>
 *   <li>clauses: {@code ClauseReader} splits sentences into clauses and reads each one's mood, negation, causal
 *       connective and stance ({@code Clause});</li>
 *   <li>extract: {@code ItemExtractor} walks each document section by section ({@code SectionClassifier} types
 *       sections by their heading or, lacking a cue, by their first sentences) and turns clauses and list items
 *       into drafts, titled by {@code TitleMaker}; {@code DefectDetector} reports broken text;</li>
 *   <li>merge: {@code DuplicateMerger} folds repetitions of an item into one, keeping every source span;</li>
 *   <li>label: {@code ItemLabeler} gives kinds and categories ({@code LabelClassifier}) and safety
 *       ({@code SafetyAssessor});</li>
 *   <li>wording: {@code ItemWriter} writes descriptions, steps and dosages ({@code DosageParser});</li>
 *   <li>ids: {@code IdAssigner}, then {@code IdMatcher} gives each draft the id the registry ({@code IdRegistry},
 *       {@code ids.json}) knows it by;</li>
 *   <li>editorial: {@code EditorialOverrides} and {@code EditorialStage} apply the team's decisions;</li>
 *   <li>assemble: {@code ModelAssembler} builds the model records.</li>
 * </ol>
 * The grammar of a language lives in its profile; cues and vocabularies live in {@code default-rules.yaml},
 * which a content team extends with its own rules file. Neither holds Java.
 */
package dev.careguide.importer;
