/** BungieMembershipType values a Destiny 1 account can have. */
export const platforms = [
  { membershipType: 1, name: 'Xbox', short: 'XBL' },
  { membershipType: 2, name: 'PlayStation', short: 'PSN' },
] as const;

export type MembershipType = (typeof platforms)[number]['membershipType'];

export function platformName(membershipType: number): string {
  return platforms.find((p) => p.membershipType === membershipType)?.name ?? `Platform ${membershipType}`;
}

const ID = /^\d{1,20}$/;

/** Validated route parameters, or null: a malformed link never reaches the network. */
export function parseMembershipType(value: string | undefined): MembershipType | null {
  return value === '1' || value === '2' ? (Number(value) as MembershipType) : null;
}

export function parseId(value: string | undefined): string | null {
  return value && ID.test(value) ? value : null;
}
