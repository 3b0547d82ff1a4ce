import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface LoginOptions {
  password: boolean;
  oidc: { loginUrl: string } | null;
}

export const getLoginOptions = () => api<LoginOptions>('/sessie/opties', { anonymous: true });

export function useLoginOptions() {
  return useQuery({
    queryKey: ['login-options'],
    queryFn: getLoginOptions,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
