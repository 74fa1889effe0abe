(* Ito's formula for a function f(X) of an Ito diffusion dX = b dt + sigma dW (Lim, sec. 1; Chen et al. 2025, eq. (28)):
       d f(X) = (L f) dt + (grad f)^T sigma dW,
   KoItoDrift gives the dt coefficient L f, KoItoNoise the list of the m coefficients of dW^1 .. dW^m. *)

KoItoDrift(f_, b_List, sigma_List, x_List) := KoGenerator(f, b, sigma, x);

KoItoNoise(f_, sigma_List, x_List) :=
  KoSimplify(Table(Sum(D(f, x[[kk]]) * sigma[[kk, jj]], {kk, 1, Length(x)}), {jj, 1, Length(sigma[[1]])}));
