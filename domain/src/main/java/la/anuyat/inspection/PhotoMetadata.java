package la.anuyat.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;

/**
 * When and where a photo was taken, as the camera wrote it in the photo's EXIF data (read
 * with metadata-extractor, which Tika brings): the time as the camera's clock gave it,
 * and the GPS position when the camera had one.
 */
public record PhotoMetadata(LocalDateTime takenAt, Double latitude, Double longitude) {

	private static final PhotoMetadata NONE = new PhotoMetadata(null, null, null);

	private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");

	/** What the photo's EXIF data says; nothing when it has none or it is unreadable. */
	public static PhotoMetadata of(byte[] photo) {
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo), photo.length);
		}
		catch (ImageProcessingException | IOException | RuntimeException ex) {
			// a photo without readable EXIF data is still a photo
			return NONE;
		}
		LocalDateTime takenAt = time(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class),
				ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
		if (takenAt == null) {
			takenAt = time(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class), ExifIFD0Directory.TAG_DATETIME);
		}
		Double latitude = null;
		Double longitude = null;
		GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
		GeoLocation location = (gps != null) ? gps.getGeoLocation() : null;
		if (location != null && !location.isZero()) {
			latitude = location.getLatitude();
			longitude = location.getLongitude();
		}
		return new PhotoMetadata(takenAt, latitude, longitude);
	}

	private static LocalDateTime time(com.drew.metadata.Directory directory, int tag) {
		String text = (directory != null) ? directory.getString(tag) : null;
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip(), EXIF_TIME);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public boolean hasPosition() {
		return this.latitude != null && this.longitude != null;
	}

}
