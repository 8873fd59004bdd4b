/** Every query of the points feature is under `pointsKeys.all`. */
export const pointsKeys = {
  all: ['points'] as const,
  member: (customerNumber: string) => [...pointsKeys.all, 'member', customerNumber] as const,
};
