package la.anuyat.inspection;

/** A file sent with a field report, as named and sent. */
public record MediaFile(String fileName, byte[] content) {
}
