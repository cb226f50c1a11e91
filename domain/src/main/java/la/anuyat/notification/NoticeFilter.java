package la.anuyat.notification;

/**
 * Which of a recipient's notices a list shows.
 */
public enum NoticeFilter {

	/** Those not yet read. */
	UNREAD,

	/** Read or not. */
	ALL

}
