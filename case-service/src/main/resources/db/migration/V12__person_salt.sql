-- Each person's salt for the analysts' pseudonym (analytics.PersonSalts): the pseudonym is a MAC of the salt, and the
-- salt is found by a keyed lookup of who the person is (a MAC of their national identity number, or of their name and
-- birth date). concerns counts their concerns not erased; the row goes with the last of them, and from then on nobody
-- can link the pseudonym on the analysts' records to the person, not even with the analytics secret.
CREATE TABLE person_salt (
    lookup   VARCHAR(40) PRIMARY KEY,
    salt     BYTEA       NOT NULL,
    concerns INTEGER     NOT NULL
);
