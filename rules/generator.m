(* The generator of an Ito diffusion, seed 000 eqs. (26)-(28) in their general form:
       L f = b . grad f + 1/2 (sigma sigma^T) : grad grad f,
   with A : grad grad = Sum_{i,j} A^{ij} d^2/(dX^i dX^j). The backward Kolmogorov equation [L 29] is
   d rho/dt = L rho. Any dimension, any number of noises: sigma is d x m, possibly with m = 0 columns. *)

KoDiffusionMatrix(sigma_List, x_List) :=
  Table(Sum(sigma[[i, k]] * sigma[[j, k]], {k, 1, Length(sigma[[i]])}), {i, 1, Length(x)}, {j, 1, Length(x)});

KoGenerator(f_, b_List, sigma_List, x_List) :=
  With({a = KoDiffusionMatrix(sigma, x)},
    KoSimplify(
      Sum(b[[i]] * D(f, x[[i]]), {i, 1, Length(x)})
      + 1/2 * Sum(a[[i, j]] * D(f, x[[i]], x[[j]]), {i, 1, Length(x)}, {j, 1, Length(x)})));

(* The carre du champ Gamma(f, g) = L(f g) - f L g - g L f = grad f . (sigma sigma^T) grad g:
   the quadratic variation rate of f(X) and g(X). *)
KoCarreDuChamp(f_, g_, sigma_List, x_List) :=
  With({a = KoDiffusionMatrix(sigma, x)},
    KoSimplify(Sum(a[[i, j]] * D(f, x[[i]]) * D(g, x[[j]]), {i, 1, Length(x)}, {j, 1, Length(x)})));
