/** What happened to referrals, as stored in referral-service's own event store. Police eyes only. */
package no.concerntrail.referrals.domain.event;
