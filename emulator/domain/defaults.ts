import type { Merchant, TestUser } from "./types";

// These values are shared with the app's .env.example and tests: change them only together.
export const DEFAULT_MERCHANTS: readonly Merchant[] = [
  {
    msn: "123456",
    name: "Abo Test NO",
    market: "NO",
    currency: "NOK",
    clientId: "abo-test-client",
    clientSecret: "abo-test-secret",
    subscriptionKey: "abo-test-subscription-key",
    allowUnscheduled: true,
    directCapture: true,
    skipLandingPage: false,
    captureDeadlineDays: 180,
  },
  {
    msn: "223456",
    name: "Abo Test DK",
    market: "DK",
    currency: "DKK",
    clientId: "abo-test-client-dk",
    clientSecret: "abo-test-secret-dk",
    subscriptionKey: "abo-test-subscription-key-dk",
    allowUnscheduled: false,
    directCapture: true,
    skipLandingPage: false,
    captureDeadlineDays: 14,
  },
  {
    msn: "323456",
    name: "Abo Test FI",
    market: "FI",
    currency: "EUR",
    clientId: "abo-test-client-fi",
    clientSecret: "abo-test-secret-fi",
    subscriptionKey: "abo-test-subscription-key-fi",
    allowUnscheduled: false,
    directCapture: true,
    skipLandingPage: false,
    captureDeadlineDays: 14,
  },
];

type UserSeed = Omit<TestUser, "sub" | "address" | "nin"> & { sub: string };

const seeds: UserSeed[] = [
  {
    phoneNumber: "4712345678",
    name: "Kari Nordmann",
    email: "kari@example.no",
    birthDate: "1985-04-12",
    market: "NO",
    outcome: "ok",
    recoverAfterDays: 0,
    sub: "c0a80001-0000-4000-8000-000000000001",
  },
  {
    phoneNumber: "4512345678",
    name: "Mette Hansen",
    email: "mette@example.dk",
    birthDate: "1988-09-03",
    market: "DK",
    outcome: "ok",
    recoverAfterDays: 0,
    sub: "c0a80001-0000-4000-8000-000000000002",
  },
  {
    phoneNumber: "358401234567",
    name: "Aino Virtanen",
    email: "aino@example.fi",
    birthDate: "1990-01-21",
    market: "FI",
    outcome: "ok",
    recoverAfterDays: 0,
    sub: "c0a80001-0000-4000-8000-000000000003",
  },
  {
    phoneNumber: "4790000001",
    name: "Kort Avvist",
    email: "declined@example.no",
    birthDate: "1979-06-30",
    market: "NO",
    outcome: "card_declined",
    recoverAfterDays: 0,
    sub: "c0a80001-0000-4000-8000-000000000011",
  },
  {
    phoneNumber: "4790000002",
    name: "Tom Konto",
    email: "funds@example.no",
    birthDate: "1992-11-02",
    market: "NO",
    outcome: "insufficient_funds",
    recoverAfterDays: 3,
    sub: "c0a80001-0000-4000-8000-000000000012",
  },
  {
    phoneNumber: "4790000003",
    name: "Ung Bruker",
    email: "young@example.no",
    birthDate: "2012-05-17",
    market: "NO",
    outcome: "under_18",
    recoverAfterDays: 0,
    sub: "c0a80001-0000-4000-8000-000000000013",
  },
  {
    phoneNumber: "4790000004",
    name: "Utløpt Kort",
    email: "expired@example.no",
    birthDate: "1975-02-14",
    market: "NO",
    outcome: "initial_charge_fails",
    recoverAfterDays: 0,
    sub: "c0a80001-0000-4000-8000-000000000014",
  },
];

const ADDRESSES = {
  NO: { streetAddress: "Karl Johans gate 1", postalCode: "0154", region: "Oslo", country: "NO" },
  DK: { streetAddress: "Strøget 1", postalCode: "1160", region: "København", country: "DK" },
  FI: { streetAddress: "Mannerheimintie 1", postalCode: "00100", region: "Helsinki", country: "FI" },
} as const;

export function buildTestUser(seed: UserSeed): TestUser {
  const [y = "1990", m = "01", d = "01"] = seed.birthDate.split("-");
  return {
    ...seed,
    address: { ...ADDRESSES[seed.market] },
    // A plausible-looking national id built from the birth date; never a real one.
    nin: `${d}${m}${y.slice(2)}${seed.phoneNumber.slice(-5)}`,
  };
}

export const DEFAULT_USERS: readonly TestUser[] = seeds.map(buildTestUser);

export const DEFAULT_TEST_PHONE: Record<string, string> = {
  NO: "4712345678",
  DK: "4512345678",
  FI: "358401234567",
};
