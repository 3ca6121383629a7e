import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query'
import type { InputOf, OutputOf, Procedure } from '@shared/kernel/procedure'
import { call, type ApiFailure } from './client'

/** A cached query of one procedure; the key is the procedure's name and its input. */
export function useApiQuery<P extends Procedure>(
  procedure: P,
  input: InputOf<P>,
  options: Omit<UseQueryOptions<OutputOf<P>, ApiFailure>, 'queryKey' | 'queryFn'> = {}
) {
  return useQuery<OutputOf<P>, ApiFailure>({
    queryKey: [procedure.name, input],
    queryFn: () => call(procedure, input),
    ...options
  })
}

/**
 * A mutation of one procedure. On success the named procedures' cached answers are refreshed.
 * While pending, the caller's button shows `loading` and cannot be pressed again; the request
 * id makes even a second press that slipped through harmless.
 */
export function useApiMutation<P extends Procedure>(procedure: P, invalidates: readonly Procedure[] = []) {
  const queryClient = useQueryClient()
  return useMutation<OutputOf<P>, ApiFailure, InputOf<P>>({
    mutationFn: (input) => call(procedure, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((p) => queryClient.invalidateQueries({ queryKey: [p.name] })))
    }
  })
}
