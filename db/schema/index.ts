export * from './staff'
export * from './system'
export * from './estate'
export * from './fees'
