export * from './staff'
export * from './system'
