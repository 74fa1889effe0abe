(* The generator of an Ito diffusion, Lim eqs. (26)-(28) in their general form:
       L f = b . grad f + 1/2 (sigma sigma^T) : grad grad f,
   with A : grad grad = Sum_{i,j} A^{ij} d^2/(dX^i dX^j). The backward Kolmogorov equation [L 29] is
   d rho/dt = L rho. Any dimension, any number of noises: sigma is d x m, possibly with m = 0 columns. *)

KoDiffusionMatrix(sigma_List, x_List) :=
  Table(Sum(sigma[[ii, kk]] * sigma[[jj, kk]], {kk, 1, Length(sigma[[ii]])}), {ii, 1, Length(x)}, {jj, 1, Length(x)});

KoGenerator(f_, b_List, sigma_List, x_List) :=
  With({a = KoDiffusionMatrix(sigma, x)},
    KoSimplify(
      Sum(b[[ii]] * D(f, x[[ii]]), {ii, 1, Length(x)})
      + 1/2 * Sum(a[[ii, jj]] * D(f, x[[ii]], x[[jj]]), {ii, 1, Length(x)}, {jj, 1, Length(x)})));

(* The carre du champ Gamma(f, g) = L(f g) - f L g - g L f = grad f . (sigma sigma^T) grad g:
   the quadratic variation rate of f(X) and g(X). *)
KoCarreDuChamp(f_, g_, sigma_List, x_List) :=
  With({a = KoDiffusionMatrix(sigma, x)},
    KoSimplify(Sum(a[[ii, jj]] * D(f, x[[ii]]) * D(g, x[[jj]]), {ii, 1, Length(x)}, {jj, 1, Length(x)})));
