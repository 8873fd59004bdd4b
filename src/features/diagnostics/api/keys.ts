/** Every query of the Diagnostics screen is under `diagnosticsKeys.all`. */
export const diagnosticsKeys = {
  all: ['diagnostics'] as const,
  services: () => [...diagnosticsKeys.all, 'services'] as const,
  log: () => [...diagnosticsKeys.all, 'log'] as const,
  storage: () => [...diagnosticsKeys.all, 'storage'] as const,
};
