export * from './staff'
export * from './system'
export * from './estate'
