/**
 * What an officer or a partner agency asks of a referral. Each names the referral, the expected version where it
 * exists, and who asks.
 */
package no.concerntrail.referrals.domain.command;
