import type { LaunchOptions } from '@playwright/test';

export declare const chromiumPath: string;
export declare const chromiumLaunchOptions: LaunchOptions;
