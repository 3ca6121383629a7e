export declare const E2E_NOW: string
