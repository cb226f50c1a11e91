package la.anuyat.inspection;

/**
 * Whether a model of equipment found on inspection is type-approved: answered by the
 * feature that keeps the equipment register, so that inspections need not know it.
 */
public interface TypeApprovedEquipment {

	boolean isApproved(String manufacturer, String model);

}
