/** What happened to conversations, as stored in conversation-service's own event store. Police eyes only. */
package no.concerntrail.conversations.domain.event;
