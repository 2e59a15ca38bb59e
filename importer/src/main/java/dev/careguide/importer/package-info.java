/**
 * The careguide importer: turns raw, machine-translated article text into a {@link dev.careguide.model.Guide} and
 * an {@link dev.careguide.importer.ImportReport}. Entry point: {@link dev.careguide.importer.GuideImporter}.
 *
 * <p>Each stage is its own type: {@code SourceDecoder} and {@code TypographyNormalizer} (decode, normalize),
 * {@code StructureParser} (blocks and articles), {@code SectionClassifier} and {@code SentenceClassifier}
 * (classify), {@code ItemExtractor} with {@code TitleMaker} and {@code DosageParser} (extract), {@code Glossary}
 * (terminology), {@code DuplicateMerger} (merge), {@code IdAssigner} (ids), {@code SafetyAssessor} (safety),
 * {@code DefectDetector} (defects) and {@code EditorialOverrides} / {@code EditorialStage} (editorial). Cues and
 * vocabularies live in {@code default-rules.yaml}, which a content team extends with its own rules file.
 */
package dev.careguide.importer;
