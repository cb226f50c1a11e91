package la.anuyat.document;

import la.anuyat.shared.LocalizedText;

/**
 * One entry of a case type's document checklist: the document type recorded with the
 * upload, its name in Lao and English, and whether an application must carry it before it
 * is submitted.
 */
public record ChecklistDocument(String type, LocalizedText name, boolean required) {

}
