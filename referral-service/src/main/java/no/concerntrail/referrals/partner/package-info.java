/**
 * What partner agencies are entitled to receive, on their own topics {@code concerntrail.partner.<agency>.referrals}:
 * each agency's fields per legal basis, as configuration declares them, from which the feed
 * ({@code messaging.PartnerFeed}) builds each partner event by picking in only those fields. Intelligence has no
 * field here at all.
 */
package no.concerntrail.referrals.partner;
