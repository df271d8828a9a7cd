package io.cairn.lti.launch;

/** What the nonce store said about an id_token's nonce when the launch tried to use it. */
public enum NonceStatus {
  /** Issued by Cairn for this login, not used before: now used. */
  FRESH,
  /** The token has no nonce claim. */
  MISSING,
  /** Cairn never issued it, or it was issued so long ago that it is forgotten. */
  UNKNOWN,
  /** Issued, but its time to live has passed. */
  EXPIRED,
  /** Already used by an earlier launch: a replay. */
  USED,
  /** Issued for another login than the one whose state came with the token. */
  OTHER_LOGIN
}
