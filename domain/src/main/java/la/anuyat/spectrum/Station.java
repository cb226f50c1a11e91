package la.anuyat.spectrum;

/**
 * Where a station is and how it radiates: position (WGS 84 degrees), site elevation above
 * sea level and antenna height above ground in metres, azimuth of the main beam in
 * degrees from true north (none for an omnidirectional antenna), antenna gain in dBi.
 */
public record Station(String name, double latitude, double longitude, double siteElevationM, double antennaHeightM,
		Double azimuthDeg, double antennaGainDbi, Polarisation polarisation) {
}
