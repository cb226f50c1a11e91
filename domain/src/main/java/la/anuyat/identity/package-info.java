/**
 * Who acts: the actor of a request, their role, and the way features ask for them. Every
 * feature depends on this small package and it depends on none, which is what keeps the
 * features free of cycles (audit, authority, access and their views all need to know who
 * acts).
 */
package la.anuyat.identity;
